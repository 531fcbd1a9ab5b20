namespace Platform.Intake.Queue;

/// <summary>A ticket's place: how many are ahead of it in its line.</summary>
public sealed record QueuePlace(string Number, int Ahead);
