namespace Dialogue.Workflows.AspNetCore;

/// <summary>
/// A query parameter an endpoint reads as text and checks itself, so that a malformed value is answered with the library's
/// problem details (<c>request.invalid</c>, message in Vietnamese and English) rather than the framework's empty 400. Added to
/// the endpoint as metadata, it tells the OpenAPI document the parameter's real type and range.
/// </summary>
/// <param name="Name">The parameter's name in the query string.</param>
/// <param name="Kind">What it holds.</param>
/// <param name="Description">What it means, for the OpenAPI document.</param>
internal sealed record QueryParameter(string Name, QueryParameterKind Kind, string Description)
{
    /// <summary>The smallest value of an <see cref="QueryParameterKind.Integer"/>.</summary>
    public int Min { get; init; }

    /// <summary>The largest value of an <see cref="QueryParameterKind.Integer"/>.</summary>
    public int Max { get; init; } = int.MaxValue;
}
