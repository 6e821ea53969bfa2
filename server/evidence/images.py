"""Screenshot checks at the edge (type by magic bytes, dimensions, integrity) and thumbnails.

Pillow is imported on first use: the service's analyze endpoint never needs it.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from ..errors import ApiError

TYPES = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}
PIL_FORMATS = {"image/png": "PNG", "image/jpeg": "JPEG"}
MAX_SIDE = 32_768           # a full-page capture is tall, but not taller than this
MAX_PIXELS = 80_000_000     # below Pillow's decompression-bomb limit (89 M pixels)
THUMBNAIL_WIDTH = 360


@dataclass(frozen=True)
class ImageInfo:
    type: str
    width: int
    height: int
    size: int


def sniff_type(data: bytes) -> str | None:
    for magic, mime in TYPES.items():
        if data.startswith(magic):
            return mime
    return None


def check_image(data: bytes, field: str, max_bytes: int) -> ImageInfo:
    """The image's type and size, or ApiError 413 (too big), 415 (not PNG/JPEG), 422 (broken)."""
    if len(data) > max_bytes:
        raise ApiError(413, "image_too_large",
                       f"`{field}` is {len(data)} bytes; the limit is {max_bytes} bytes "
                       "(CONSENTLENS_IMAGE_MAX_BYTES). Send a PNG of the visible tab or a JPEG.", field)
    if not data:
        raise ApiError(422, "invalid_image", f"`{field}` is empty.", field)
    mime = sniff_type(data)
    if mime is None:
        raise ApiError(415, "unsupported_image_type",
                       f"`{field}` is not a PNG or JPEG image (judged by its first bytes); "
                       "send captureVisibleTab's PNG or a JPEG.", field)
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[PIL_FORMATS[mime]]) as image:
                width, height = image.size
                image.verify()
    except Image.DecompressionBombError:
        width = height = MAX_SIDE + 1
    except Image.DecompressionBombWarning:
        width = height = MAX_SIDE + 1
    except Exception:  # Pillow raises many types for a broken file
        raise ApiError(422, "invalid_image", f"`{field}` starts like {mime} but cannot be read as one; "
                                             "it may be truncated.", field) from None
    if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE) or width * height > MAX_PIXELS:
        raise ApiError(413, "image_too_large",
                       f"`{field}` is {width}x{height} pixels; each side may be at most {MAX_SIDE} and the "
                       f"whole at most {MAX_PIXELS} pixels.", field)
    return ImageInfo(mime, width, height, len(data))


def thumbnail(data: bytes, width: int = THUMBNAIL_WIDTH) -> bytes:
    """A JPEG at most `width` pixels wide (the top of a tall capture, at most 4:3)."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        image = image.convert("RGB")
        scale = min(1.0, width / image.width)
        image = image.crop((0, 0, image.width, min(image.height, int(image.width * 0.75) or 1)))
        image = image.resize((max(1, round(image.width * scale)), max(1, round(image.height * scale))),
                             Image.LANCZOS)
        out = io.BytesIO()
        image.save(out, "JPEG", quality=80)
        return out.getvalue()
