"""The formats that ship with zwgk.

Each module here is an ordinary format plugin, registered through the
``zwgk.readers`` and ``zwgk.writers`` entry points exactly as a third-party
plugin would be.  Heavy dependencies are imported inside ``read`` and
``write``, so listing formats stays fast.
"""
