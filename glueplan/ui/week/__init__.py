"""The Week tab: the calendar, its model, the findings panel and the program editor behind them."""
