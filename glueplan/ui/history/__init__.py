"""The History tab: every logged set, paged, filtered and editable."""
