namespace Platform.Intake.Online;

/// <summary>网上补正: a file for every material the one-time notice named.</summary>
public sealed record OnlineSupplementRequest(IReadOnlyList<OnlineMaterial?>? Materials);
