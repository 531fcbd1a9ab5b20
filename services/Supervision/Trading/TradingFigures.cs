namespace Platform.Supervision.Trading;

/// <summary>
/// DESIGN §5's trading figures over [From, To] (definitions in <see cref="TradingFiguresQuery"/>); amounts in yuan,
/// rates as fractions, rates and averages null over zero.
/// </summary>
public sealed record TradingFigures(
    DateOnly From, DateOnly To, IReadOnlyDictionary<string, int> ByProcedure, int Awarded, int Failed,
    decimal BudgetTotal, decimal AwardTotal, double? SavingRate, double? AverageValidBids, int ObjectionsRaised,
    int ObjectionsUpheld, int ContractsSignedOnTime, double? ContractsOnTimeRate);
