"""glueplan: plan, check and log glute training."""

__version__ = "0.1.0"
