"""The demo knowledge base, written for this project: data files (data/) and the loader that makes them pages."""
