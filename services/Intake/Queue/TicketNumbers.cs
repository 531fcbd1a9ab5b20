using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Persistence;

namespace Platform.Intake.Queue;

/// <summary>V-numbers (priority) come before A-numbers; within a letter, by number.</summary>
public static class TicketNumbers
{
    /// <summary>
    /// The day's next number of its letter from the platform's running numbers (scope ticket-A or ticket-V, period
    /// the day), in the transaction that stores the ticket: persisted, so a restarted host continues (A042 after
    /// A041) instead of issuing A001 again, and never reused in a day. A number a ticket of the day already holds
    /// (issued before the numbers were kept this way) is skipped.
    /// </summary>
    public static async Task<string> NextAsync(IntakeDbContext db, DateOnly day, bool priority,
        CancellationToken cancellationToken)
    {
        var scope = priority ? "ticket-V" : "ticket-A";
        var period = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        while (true)
        {
            var number = Format(priority, await RunningNumbers.NextAsync(db, scope, period, cancellationToken));
            if (!await db.Tickets.AnyAsync(t => t.Day == day && t.Number == number, cancellationToken))
            {
                return number;
            }
        }
    }

    public static string Format(bool priority, int sequence) => $"{(priority ? 'V' : 'A')}{sequence:D3}";

    public static readonly IComparer<string> Order = Comparer<string>.Create((a, b) =>
        a[0] != b[0] ? (a[0] == 'V' ? -1 : 1) : int.Parse(a[1..]).CompareTo(int.Parse(b[1..])));

    public static bool Before(string a, string b) => Order.Compare(a, b) < 0;

    /// <summary>The sorted-set score that gives the same order: priority tickets below every normal one.</summary>
    public static double Score(string number) => (number[0] == 'V' ? 0 : 1_000_000) + int.Parse(number[1..]);
}
