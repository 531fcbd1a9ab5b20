using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Http;

namespace Platform.Intake.Queue;

static class QueueProblems
{
    public static ProblemHttpResult TicketNotFound(string number) =>
        Problems.NotFound("ticket-not-found", $"今天没有 {number} 号。");
}
