namespace Platform.Bidding.Evaluation;

/// <summary>A submitted sheet as the evaluation shows it.</summary>
public sealed record ScoreSheetView(string ExpertCode, string Account, DateTimeOffset SubmittedAt, string Sha256,
    IReadOnlyList<ScoreLine> Scores)
{
    public static ScoreSheetView Of(ExpertScore s) => new(s.ExpertCode, s.Account, s.SubmittedAt, s.Sha256, s.Lines);
}
