"""WSGI entry point (gunicorn youthdesk.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "youthdesk.settings")
application = get_wsgi_application()
