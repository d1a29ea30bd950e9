"""ficlens: reads fan fiction and says what is in it.

    >>> import ficlens
    >>> work = ficlens.analyze("story.html")
    >>> work.detected.rating.name
"""

from .version import __version__
from .errors import FiclensError, ReadError  # noqa: E402
from .model import SCHEMA_ID, Work  # noqa: E402
from .pipeline import analyze  # noqa: E402

__all__ = ["analyze", "Work", "SCHEMA_ID", "FiclensError", "ReadError", "__version__"]
