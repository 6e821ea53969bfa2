"""What `consentlens auditor` and `consentlens researcher` share: printing a new account's token.

The token goes alone to stdout (so it can be piped into a password manager);
the caller says the rest on stderr.
"""

from __future__ import annotations

import sys


def print_new_account(command: str, add, *args) -> dict | None:
    """add(*args) -> (account, token): prints the token and returns the account, or
    None after saying why on ValueError (a bad or taken name)."""
    try:
        account, token = add(*args)
    except ValueError as exc:
        print(f"consentlens {command}: {exc}", file=sys.stderr)
        return None
    print(token)
    return account


def print_new_token(command: str, replace, *args) -> bool:
    """replace(*args) -> the account's new token: prints it; False after saying why on LookupError."""
    try:
        token = replace(*args)
    except LookupError as exc:
        print(f"consentlens {command}: {exc}", file=sys.stderr)
        return False
    print(token)
    return True
