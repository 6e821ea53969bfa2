"""The server's Ed25519 signing key: created on first use in the data dir (mode 0600).

The key is a PKCS#8 PEM file. Its id is the SHA-256 of the raw 32-byte public
key; every capture records the id of the key that signed it, and exports carry
the public key, so a verifier needs nothing from this server but (to be sure
the export was not re-signed) the published key or its id.

cryptography is imported on first use: the service's analyze endpoint never signs.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from .chain import signed_message
from .files import durable_write

KEY_FILE = "signing-key.pem"


def key_id(public_key: Ed25519PublicKey) -> str:
    from cryptography.hazmat.primitives import serialization

    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()


def public_key_pem(public_key: Ed25519PublicKey) -> str:
    from cryptography.hazmat.primitives import serialization

    return public_key.public_bytes(serialization.Encoding.PEM,
                                   serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")


def load_public_key(pem: str | bytes) -> Ed25519PublicKey:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    key = serialization.load_pem_public_key(pem.encode("ascii") if isinstance(pem, str) else pem)
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("not an Ed25519 public key")
    return key


def verify_signature(public_key: Ed25519PublicKey, hash_hex: str, signature_hex: str) -> bool:
    from cryptography.exceptions import InvalidSignature

    try:
        public_key.verify(bytes.fromhex(signature_hex), signed_message(hash_hex))
    except (InvalidSignature, ValueError):
        return False
    return True


class Signer:
    def __init__(self, private_key: Ed25519PrivateKey):
        self._private_key = private_key
        self.public_key = private_key.public_key()
        self.key_id = key_id(self.public_key)
        self.public_key_pem = public_key_pem(self.public_key)

    def sign(self, hash_hex: str) -> str:
        return self._private_key.sign(signed_message(hash_hex)).hex()


def load_key(directory: Path) -> Signer | None:
    path = Path(directory) / KEY_FILE
    if not path.exists():
        return None
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{path} is not an Ed25519 private key")
    return Signer(key)


def load_or_create_key(directory: Path) -> Signer:
    """The key in `directory`, created if missing; two processes racing create only one."""
    signer = load_key(directory)
    if signer is not None:
        return signer
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    pem = Ed25519PrivateKey.generate().private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                     serialization.NoEncryption())
    durable_write(Path(directory) / KEY_FILE, pem, mode=0o600, replace=False)
    return load_key(directory)
