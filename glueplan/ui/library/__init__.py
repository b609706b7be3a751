"""The exercise library: searchable list, its model, the details panel and the editor of own exercises."""
