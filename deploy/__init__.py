"""Entry scripts of the container image (Dockerfile, docker-compose.yml); they use the standard library only."""
