# Production image: gunicorn behind whatever proxy you use, static files served by whitenoise, non-root user.
# Not built on the development machines (they have no Docker engine); tests/deploy/ checks what can be checked.
# Migrations are not run here: docker-compose.yml runs them once, as the one-shot `migrate` service, before the app
# and the scheduler start (replicas starting together would race each other).
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    PORT=8000 \
    MEDIA_ROOT=/data/media

RUN apt-get update \
    && apt-get install --yes --no-install-recommends libpq5 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 1000 kennisbank \
    && mkdir -p /data/media && chown kennisbank /data/media

WORKDIR /app
# Runtime requirements only: the test tools (requirements-dev.txt) never enter the image.
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt

COPY --chown=kennisbank . .
# collectstatic needs a key to import the settings; the real one comes from the environment at run time.
RUN SECRET_KEY=build-only python manage.py collectstatic --noinput --verbosity 0
# The app's own bytecode, compiled once here (pip compiled the packages'): with PYTHONDONTWRITEBYTECODE, and /app not
# the app user's to write, every process would compile it again, the scheduler's command each minute included.
RUN python -m compileall -q /app

USER kennisbank
EXPOSE 8000
# GET /health/ with a Host header ALLOWED_HOSTS accepts and X-Forwarded-Proto: https (deploy/healthcheck.py), so a
# real host name and the SSL redirect do not turn it away. The scheduler replaces this check with its heartbeat's.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "deploy/healthcheck.py"]

CMD ["sh", "-c", "exec gunicorn config.wsgi:application --bind 0.0.0.0:${PORT} --workers ${WEB_CONCURRENCY:-3} --access-logfile -"]
