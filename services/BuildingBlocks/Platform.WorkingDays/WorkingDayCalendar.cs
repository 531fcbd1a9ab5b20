using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Platform.WorkingDays;

/// <summary>
/// The working-day arithmetic of DESIGN §4 over the years this calendar has notices for. Immutable: loading a year
/// gives a new calendar with a new <see cref="Version"/> (a hash of its content, so every service that holds the same
/// data names the same version). Each year keeps a running count of working days, so WorkingDaysBetween costs one
/// subtraction per year spanned and AddWorkingDays a binary search: cheap enough for every case on every refresh.
/// </summary>
public sealed class WorkingDayCalendar
{
    readonly Dictionary<DateOnly, SpecialDay> _special;
    readonly Dictionary<int, YearIndex> _years;
    readonly ConcurrentDictionary<int, YearIndex> _provisionalYears = new();

    WorkingDayCalendar(string region, IReadOnlyDictionary<int, CalendarYear> notices)
    {
        Region = region;
        Notices = notices;
        _special = new Dictionary<DateOnly, SpecialDay>();
        // A later year's notice wins for the days it names (2023's names 2022-12-31).
        foreach (var notice in notices.Values.OrderBy(n => n.Year))
        {
            foreach (var day in notice.Days)
            {
                _special[day.Date] = day;
            }
        }
        _years = notices.Keys.ToDictionary(year => year, year => new YearIndex(year, IsWorkingDayUnchecked));
        Version = ComputeVersion(region, _special.Values);
    }

    public string Region { get; }

    /// <summary>Identifies the calendar content; recorded with every deadline computed from it.</summary>
    public string Version { get; }

    public IReadOnlyDictionary<int, CalendarYear> Notices { get; }

    public IReadOnlyCollection<int> Years => _years.Keys;

    public static WorkingDayCalendar Create(string region, IEnumerable<CalendarYear> years) =>
        new(region, years.ToDictionary(y => y.Year));

    /// <summary>This calendar with one year's notice added or replaced.</summary>
    public WorkingDayCalendar WithYear(CalendarYear year)
    {
        var notices = Notices.ToDictionary(pair => pair.Key, pair => pair.Value);
        notices[year.Year] = year;
        return new WorkingDayCalendar(Region, notices);
    }

    public bool HasYear(int year) => _years.ContainsKey(year);

    public bool IsWorkingDay(DateOnly date)
    {
        EnsureYear(date.Year);
        return IsWorkingDayUnchecked(date);
    }

    public CalendarDay Describe(DateOnly date)
    {
        EnsureYear(date.Year);
        if (_special.TryGetValue(date, out var special))
        {
            return special.IsOffDay
                ? new CalendarDay(date, false, DayKind.Holiday, special.Name)
                : new CalendarDay(date, true, DayKind.MakeupWorkday, special.Name);
        }
        return IsWeekend(date)
            ? new CalendarDay(date, false, DayKind.Weekend, null)
            : new CalendarDay(date, true, DayKind.Workday, null);
    }

    /// <summary>The number of working days d with from &lt; d ≤ to (negative when to is before from).</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var provisional = false;
        return Between(from, to, lenient: false, ref provisional);
    }

    /// <summary>The n-th working day after <paramref name="from"/>; n = 0 gives from itself.</summary>
    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        var provisional = false;
        return Add(from, workingDays, lenient: false, ref provisional);
    }

    /// <summary>
    /// <see cref="WorkingDaysBetween"/> that never refuses: a year without a notice counts weekends only and the
    /// count is marked provisional (DESIGN §4: a hall never stops serving for want of a notice).
    /// </summary>
    public WorkingDayCount CountWorkingDays(DateOnly from, DateOnly to)
    {
        var provisional = false;
        var days = Between(from, to, lenient: true, ref provisional);
        return new WorkingDayCount(days, provisional);
    }

    /// <summary>
    /// <see cref="AddWorkingDays"/> that never refuses: provisional when it crossed a year without a notice.
    /// </summary>
    public Deadline DueDate(DateOnly from, int workingDays)
    {
        var provisional = false;
        var date = Add(from, workingDays, lenient: true, ref provisional);
        return new Deadline(date, provisional);
    }

    int Between(DateOnly from, DateOnly to, bool lenient, ref bool provisional)
    {
        if (to < from)
        {
            return -Between(to, from, lenient, ref provisional);
        }
        var count = 0;
        for (var year = from.Year; year < to.Year; year++)
        {
            count += Index(year, lenient, ref provisional).Total;
        }
        return count + Index(to.Year, lenient, ref provisional).CountThrough(to)
            - Index(from.Year, lenient, ref provisional).CountThrough(from);
    }

    DateOnly Add(DateOnly from, int workingDays, bool lenient, ref bool provisional)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        if (workingDays == 0)
        {
            return from;
        }
        var year = from.Year;
        var target = Index(year, lenient, ref provisional).CountThrough(from) + workingDays;
        while (true)
        {
            var index = Index(year, lenient, ref provisional);
            if (target <= index.Total)
            {
                return index.NthWorkingDay(target);
            }
            target -= index.Total;
            year++;
        }
    }

    /// <summary>
    /// A year's index; without its notice either refused or, when lenient, weekends only and provisional.
    /// </summary>
    YearIndex Index(int year, bool lenient, ref bool provisional)
    {
        if (_years.TryGetValue(year, out var index))
        {
            return index;
        }
        if (!lenient)
        {
            throw new CalendarYearMissingException(Region, year);
        }
        provisional = true;
        return _provisionalYears.GetOrAdd(year, y => new YearIndex(y, IsWorkingDayUnchecked));
    }

    void EnsureYear(int year)
    {
        var provisional = false;
        Index(year, lenient: false, ref provisional);
    }

    bool IsWorkingDayUnchecked(DateOnly date) =>
        _special.TryGetValue(date, out var special) ? !special.IsOffDay : !IsWeekend(date);

    static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    static string ComputeVersion(string region, IEnumerable<SpecialDay> days)
    {
        var text = new StringBuilder(region);
        foreach (var day in days.OrderBy(d => d.Date))
        {
            text.Append('|').Append(day.Date.ToString("yyyy-MM-dd")).Append(day.IsOffDay ? '+' : '-').Append(day.Name);
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        return $"{region}-{hash[..12]}";
    }

    /// <summary>Running count of working days through each day of one year.</summary>
    sealed class YearIndex
    {
        readonly DateOnly _first;
        readonly int[] _through;

        public YearIndex(int year, Func<DateOnly, bool> isWorkingDay)
        {
            _first = new DateOnly(year, 1, 1);
            _through = new int[DateTime.IsLeapYear(year) ? 366 : 365];
            var count = 0;
            for (var i = 0; i < _through.Length; i++)
            {
                if (isWorkingDay(_first.AddDays(i)))
                {
                    count++;
                }
                _through[i] = count;
            }
        }

        public int Total => _through[^1];

        public int CountThrough(DateOnly date) => _through[date.DayNumber - _first.DayNumber];

        /// <summary>The day on which the running count first reaches n (that day is a working day).</summary>
        public DateOnly NthWorkingDay(int n)
        {
            int low = 0, high = _through.Length - 1;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (_through[middle] >= n) high = middle; else low = middle + 1;
            }
            return _first.AddDays(low);
        }
    }
}
