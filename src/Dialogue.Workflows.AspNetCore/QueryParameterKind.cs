namespace Dialogue.Workflows.AspNetCore;

/// <summary>What a query parameter the endpoints read themselves holds, as the OpenAPI document describes it.</summary>
internal enum QueryParameterKind
{
    /// <summary>A whole number from <see cref="QueryParameter.Min"/> to <see cref="QueryParameter.Max"/>.</summary>
    Integer,

    /// <summary>A date, <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>The <c>next</c> of a previous page, passed back as it was given.</summary>
    Cursor,
}
