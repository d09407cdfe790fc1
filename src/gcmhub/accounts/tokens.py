"""One-use links for confirming an e-mail address."""

from __future__ import annotations

from django.contrib.auth.tokens import PasswordResetTokenGenerator


class ActivationTokenGenerator(PasswordResetTokenGenerator):
    """Like a password-reset token, but spent once the account is active."""

    key_salt = "gcmhub.accounts.activation"

    def _make_hash_value(self, user, timestamp: int) -> str:
        return f"{super()._make_hash_value(user, timestamp)}{user.is_active}"


activation_token = ActivationTokenGenerator()
