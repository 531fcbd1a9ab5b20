namespace Platform.Intake.Queue;

/// <summary>V-numbers (priority) come before A-numbers; within a letter, by number.</summary>
public static class TicketNumbers
{
    public static string Format(bool priority, int sequence) => $"{(priority ? 'V' : 'A')}{sequence:D3}";

    public static readonly IComparer<string> Order = Comparer<string>.Create((a, b) =>
        a[0] != b[0] ? (a[0] == 'V' ? -1 : 1) : int.Parse(a[1..]).CompareTo(int.Parse(b[1..])));

    public static bool Before(string a, string b) => Order.Compare(a, b) < 0;

    /// <summary>The sorted-set score that gives the same order: priority tickets below every normal one.</summary>
    public static double Score(string number) => (number[0] == 'V' ? 0 : 1_000_000) + int.Parse(number[1..]);
}
