# Production image: gunicorn behind whatever proxy you use, static files served by whitenoise, non-root user.
# Not built on the development machines (they have no Docker engine); see the README.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    PORT=8000 \
    MEDIA_ROOT=/data/media \
    CACHE_DIR=/tmp/kennisbank-cache

RUN apt-get update \
    && apt-get install --yes --no-install-recommends libpq5 curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 1000 kennisbank \
    && mkdir -p /data/media && chown kennisbank /data/media

WORKDIR /app
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt

COPY --chown=kennisbank . .
# collectstatic needs a key to import the settings; the real one comes from the environment at run time.
RUN SECRET_KEY=build-only python manage.py collectstatic --noinput --verbosity 0

USER kennisbank
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD curl --fail --silent http://127.0.0.1:${PORT}/health/ || exit 1

# Migrations run at start so a new image brings its schema; gunicorn serves with two workers per core.
CMD ["sh", "-c", "python manage.py migrate --noinput && exec gunicorn config.wsgi:application --bind 0.0.0.0:${PORT} --workers ${WEB_CONCURRENCY:-3} --access-logfile -"]
