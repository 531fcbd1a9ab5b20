namespace Platform.Supervision.Ratings;

public sealed record RatingRow(string Key, int Ratings, int Good, int Bad, double? GoodRate);
