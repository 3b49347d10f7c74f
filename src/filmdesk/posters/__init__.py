# SPDX-License-Identifier: GPL-3.0-or-later
"""Poster images with Pillow: validate, orient, strip, bound, thumbnail. Never imports Qt.

Runs on worker threads; the GUI turns the returned bytes into pixmaps itself.
"""

from __future__ import annotations

import io
import math
import warnings

from PIL import Image, ImageOps, UnidentifiedImageError

from filmdesk.catalogue.dto import Poster
from filmdesk.errors import ImageError

MAX_SIDE = 1200  # longest side of the stored poster
THUMBNAIL_BOX = (200, 300)  # list and grid thumbnails; sharp at 2x for 100x150 cells
MAX_PIXELS = 80_000_000  # anything larger is refused before decoding (decompression bombs)
ACCEPTED = {"JPEG", "PNG", "WEBP", "GIF"}


def poster_from_bytes(data: bytes, *, source: str = "image") -> Poster:
    """Decode ``data`` and build the stored poster; raises ``ImageError`` saying why not."""
    if not data:
        raise ImageError(f"{source} is empty.")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as opened:
                if opened.format not in ACCEPTED:
                    raise ImageError(
                        f"{source} is a {opened.format} image; "
                        "posters can be JPEG, PNG, WebP or GIF."
                    )
                width, height = opened.size
                if width * height > MAX_PIXELS:
                    raise ImageError(
                        f"{source} is {width:,} × {height:,} pixels, too large to be a poster."
                    )
                opened.seek(0)  # first frame of an animated GIF
                if opened.format == "JPEG" and max(width, height) > MAX_SIDE:
                    # libjpeg can decode at 1/2, 1/4 or 1/8 scale, never below the size
                    # asked for: a 24-megapixel photo then decodes in a fraction of the time.
                    scale = max(width, height) / MAX_SIDE
                    opened.draft(None, (math.ceil(width / scale), math.ceil(height / scale)))
                opened.load()
                image = ImageOps.exif_transpose(opened)
    except ImageError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        # Pillow refuses these from the header alone; its own wording speaks of attacks.
        raise ImageError(
            f"{source} is too large to be a poster: its header claims more than "
            f"{MAX_PIXELS:,} pixels."
        ) from exc
    except UnidentifiedImageError as exc:
        raise ImageError(f"{source} is not an image filmdesk can read.") from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise ImageError(f"{source} is damaged or truncated ({exc}).") from exc

    has_alpha = image.mode in ("RGBA", "LA", "PA") or (
        image.mode == "P" and "transparency" in image.info
    )
    image = image.convert("RGBA" if has_alpha else "RGB")
    # Pillow copies info (a JPEG comment, an ICC profile, PNG text) into what it saves
    # next; the poster keeps none of the source's metadata.
    image.info = {}
    image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    thumbnail = image.copy()
    thumbnail.thumbnail(THUMBNAIL_BOX, Image.Resampling.LANCZOS)
    mime = "image/png" if has_alpha else "image/jpeg"
    return Poster(
        image=_encode(image, has_alpha, quality=88),
        thumbnail=_encode(thumbnail, has_alpha, quality=82),
        mime_type=mime,
        width=image.width,
        height=image.height,
    )


def _encode(image: Image.Image, has_alpha: bool, *, quality: int) -> bytes:
    # A fresh save carries no EXIF, ICC-less text chunks or comments: metadata is stripped.
    out = io.BytesIO()
    if has_alpha:
        image.save(out, format="PNG", optimize=True)
    else:
        image.save(out, format="JPEG", quality=quality, optimize=True, progressive=True)
    return out.getvalue()
