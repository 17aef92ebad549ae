using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Storage;
using NodaTime;
using NodaTime.Text;

namespace Dialogue.Workflows.AspNetCore;

/// <summary>The query parameters of the list endpoints, and how their text is read: a value that does not read is a 400 with both languages.</summary>
internal static class QueryParameters
{
    /// <summary>The page size of a list of plans when none is given.</summary>
    public const int DefaultPlanPageSize = 20;

    /// <summary>The largest page of plans.</summary>
    public const int MaxPlanPageSize = 100;

    /// <summary>The page size of due items when none is given.</summary>
    public const int DefaultDuePageSize = 100;

    /// <summary>The largest page of due items.</summary>
    public const int MaxDuePageSize = 1000;

    /// <summary>The furthest page <c>page</c> reaches: each page before it is read to find where it starts.</summary>
    public const int MaxPage = 1000;

    public static readonly QueryParameter Year = new("year", QueryParameterKind.Integer, "Only plans of this year.") { Min = 1995, Max = 2199 };

    public static readonly QueryParameter PlanPageSize = new("pageSize", QueryParameterKind.Integer, $"Plans per page; {DefaultPlanPageSize} when not given.")
    {
        Min = 1, Max = MaxPlanPageSize,
    };

    public static readonly QueryParameter Page = new("page", QueryParameterKind.Integer,
        "The page, from 1, counted from the first plan; each page before it is read to find where it starts, so to go through the plans pass `after` instead.")
    {
        Min = 1, Max = MaxPage,
    };

    public static readonly QueryParameter PlanAfter = new("after", QueryParameterKind.Cursor,
        "Starts after the plans of a previous page: that page's `next`. Not with `page`.");

    public static readonly QueryParameter LookAhead = new("lookAhead", QueryParameterKind.Integer,
        "How many working days ahead counts as approaching; the engine's setting (3 by default) when not given.")
    {
        Min = 0, Max = 366,
    };

    public static readonly QueryParameter Until = new("until", QueryParameterKind.Date,
        "Everything due up to this day, inclusive, instead of `lookAhead`.");

    public static readonly QueryParameter DuePageSize = new("pageSize", QueryParameterKind.Integer, $"Items per page; {DefaultDuePageSize} when not given.")
    {
        Min = 1, Max = MaxDuePageSize,
    };

    public static readonly QueryParameter DueAfter = new("after", QueryParameterKind.Cursor, "Starts after the items of a previous page: that page's `next`.");

    /// <summary>Reads a whole number in the parameter's range; null when it is not given.</summary>
    /// <exception cref="BadRequestException">It is not a whole number in range.</exception>
    public static int? Integer(QueryParameter parameter, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= parameter.Min && value <= parameter.Max)
        {
            return value;
        }

        throw new BadRequestException(
            string.Create(CultureInfo.InvariantCulture, $"{parameter.Name} is a whole number from {parameter.Min} to {parameter.Max}, not '{text}'."),
            string.Create(CultureInfo.InvariantCulture, $"{parameter.Name} là số nguyên từ {parameter.Min} đến {parameter.Max}, không phải '{text}'."));
    }

    /// <summary>Reads a date <c>yyyy-MM-dd</c>; null when it is not given.</summary>
    /// <exception cref="BadRequestException">It is not such a date.</exception>
    public static LocalDate? Date(QueryParameter parameter, string? text)
    {
        if (text is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success
            ? result.Value
            : throw new BadRequestException($"{parameter.Name} is a date yyyy-MM-dd, not '{text}'.", $"{parameter.Name} là ngày dạng yyyy-MM-dd, không phải '{text}'.");
    }

    /// <summary>Reads a plan status by name, in any case (<c>inProgress</c>, <c>InProgress</c>); null when it is not given.</summary>
    /// <exception cref="BadRequestException">No status has that name.</exception>
    public static string? Status(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (!text.Any(char.IsDigit) && Enum.TryParse<PlanStatus>(text, ignoreCase: true, out var status) && Enum.IsDefined(status))
        {
            return status.ToString();
        }

        var names = string.Join(", ", Enum.GetValues<PlanStatus>().Select(Views.Camel));
        throw new BadRequestException($"status is one of {names}, not '{text}'.", $"status là một trong {names}, không phải '{text}'.");
    }

    /// <summary>The cursor of the page of plans after <paramref name="next"/>.</summary>
    public static string PlanCursor(long next) => next.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads a plan cursor; null when it is not given.</summary>
    /// <exception cref="BadRequestException">It is not a cursor a page of plans gave.</exception>
    public static long? PlanCursor(string? text) =>
        text is null ? null
        : long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
        : throw NotACursor(PlanAfter, text);

    /// <summary>The cursor of the page of due items after <paramref name="last"/>: its due date, plan and step, the order the items come in.</summary>
    public static string DueCursor(DatedItem last) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new[] { LocalDatePattern.Iso.Format(last.Due), last.PlanId, last.EntityId }));

    /// <summary>Reads a due cursor into the row it stands for (only its due date, plan and step count); null when it is not given.</summary>
    /// <exception cref="BadRequestException">It is not a cursor a page of due items gave.</exception>
    public static DatedItem? DueCursor(string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            var parts = JsonSerializer.Deserialize<string[]>(Base64Url.DecodeFromChars(text));
            if (parts is [string due, string plan, string entity] && LocalDatePattern.Iso.Parse(due) is { Success: true } date)
            {
                return new DatedItem(plan, entity, "task", string.Empty, date.Value, string.Empty);
            }
        }
        catch (Exception error) when (error is FormatException or JsonException)
        {
            throw NotACursor(DueAfter, text, error);
        }

        throw NotACursor(DueAfter, text);
    }

    private static BadRequestException NotACursor(QueryParameter parameter, string text, Exception? error = null) =>
        new($"{parameter.Name} is the 'next' of a previous page, not '{text}'.", $"{parameter.Name} là giá trị 'next' của trang trước, không phải '{text}'.", error);
}
