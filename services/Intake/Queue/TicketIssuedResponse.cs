namespace Platform.Intake.Queue;

public sealed record TicketIssuedResponse(string TicketNo, string Line, int Ahead, int EstimatedWaitMinutes);
