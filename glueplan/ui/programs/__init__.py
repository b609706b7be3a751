"""The Programs tab: templates and the user's programs."""
