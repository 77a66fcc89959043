"""A real SMTP server (aiosmtpd) in this process, on a free port, with Django's SMTP backend pointed at it."""

import email
import email.policy
import re
import socket

import pytest
from aiosmtpd.controller import Controller


class Inbox:
    """aiosmtpd's handler: keeps every message it receives, parsed, with its envelope."""

    def __init__(self):
        self.messages = []
        self.refuse = False

    async def handle_DATA(self, server, session, envelope):
        if self.refuse:
            return "451 Try again later"
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        message.raw = envelope.content.decode()  # as it arrived, for printing
        self.messages.append(message)
        return "250 Message accepted"

    def to(self, address):
        return [message for message in self.messages if message["To"] == address]

    @staticmethod
    def text(message):
        return message.get_body(preferencelist=("plain",)).get_content()

    @staticmethod
    def links(message):
        return re.findall(r"https?://\S+", Inbox.text(message))


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def smtp_server():
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller
    controller.stop()


@pytest.fixture
def inbox(smtp_server, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = smtp_server.hostname, smtp_server.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.SITE_BASE_URL = "https://kennisbank.example.org"
    settings.ALERTS_FROM_EMAIL = "Kennisbank Medezeggenschap <kennisbank@example.org>"
    smtp_server.handler.messages.clear()
    smtp_server.handler.refuse = False
    return smtp_server.handler
