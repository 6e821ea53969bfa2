"""ConsentLens: sees through deceptive consent screens."""

__version__ = "0.1.0"
