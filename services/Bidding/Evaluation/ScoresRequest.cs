namespace Platform.Bidding.Evaluation;

/// <summary>An expert's sheet: one line for every valid bid.</summary>
public sealed record ScoresRequest(List<ScoreLine>? Scores);
