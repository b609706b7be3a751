"""Help menu: the getting-started guide and the About box."""
