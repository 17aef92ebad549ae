using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogue.Workflows.AspNetCore.Tests;

/// <summary>The OpenAPI document describes every mapped plan endpoint, and every schema it refers to is in it.</summary>
public sealed class OpenApiDocumentTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private async Task<JsonElement> DocumentAsync() => await (await factory.As(null).GetAsync("/openapi/v1.json")).JsonAsync(HttpStatusCode.OK);

    [Fact]
    public async Task Every_mapped_plan_endpoint_is_in_the_document_with_its_method()
    {
        var document = await DocumentAsync();
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        var paths = document.GetProperty("paths");
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/plans", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(26 + 4 + 11, endpoints.Count);
        foreach (var endpoint in endpoints)
        {
            var path = endpoint.RoutePattern.RawText!.TrimEnd('/');
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not in the OpenAPI document");
            foreach (var method in endpoint.Metadata.GetRequiredMetadata<HttpMethodMetadata>().HttpMethods)
            {
                Assert.True(item.TryGetProperty(method.ToLowerInvariant(), out var operation), $"{method} {path} is not in the OpenAPI document");
                Assert.True(operation.GetProperty("responses").TryGetProperty("403", out _), $"{method} {path} does not describe its 403");
            }
        }
    }

    [Fact]
    public async Task Every_schema_reference_resolves()
    {
        var document = await DocumentAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var references = new List<string>();
        Collect(document, references);
        Assert.NotEmpty(references);
        foreach (var reference in references.Distinct())
        {
            Assert.StartsWith("#/components/schemas/", reference);
            Assert.True(schemas.TryGetProperty(reference["#/components/schemas/".Length..], out _), $"{reference} does not resolve");
        }
    }

    [Fact]
    public async Task A_command_body_has_the_records_fields_without_who_acts_dates_as_iso_dates()
    {
        var document = await DocumentAsync();
        var body = document.GetProperty("paths").GetProperty("/api/plans/{id}/commands/reschedule-session").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var schema = Resolve(document, body);
        var properties = schema.GetProperty("properties");
        Assert.False(properties.TryGetProperty("by", out _));
        Assert.False(properties.TryGetProperty("commandId", out _));
        Assert.True(properties.TryGetProperty("reason", out _));
        var newDate = Resolve(document, properties.GetProperty("newDate"));
        Assert.Equal("date", newDate.GetProperty("format").GetString());
        Assert.Contains("session", schema.GetProperty("required").Strings());
    }

    [Fact]
    public async Task The_lists_paging_and_filters_are_described_with_their_types_and_the_page_has_its_next_cursor()
    {
        var document = await DocumentAsync();
        var list = document.GetProperty("paths").GetProperty("/api/plans").GetProperty("get");
        var parameters = list.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => Resolve(document, p.GetProperty("schema")));
        Assert.Equal(["after", "issuer", "page", "pageSize", "q", "status", "tenant", "type", "year"], parameters.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("integer", parameters["pageSize"].GetProperty("type").GetString());
        Assert.Equal("100", parameters["pageSize"].GetProperty("maximum").ToString());
        Assert.Equal("integer", parameters["year"].GetProperty("type").GetString());
        Assert.Equal("integer", parameters["page"].GetProperty("type").GetString());
        Assert.Equal("string", parameters["after"].GetProperty("type").GetString());
        var page = Resolve(document, list.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema"));
        Assert.True(page.GetProperty("properties").TryGetProperty("next", out _));
        Assert.True(page.GetProperty("properties").TryGetProperty("items", out _));

        var due = document.GetProperty("paths").GetProperty("/api/plans/due").GetProperty("get");
        var dueParameters = due.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => Resolve(document, p.GetProperty("schema")));
        Assert.Equal(["after", "lookAhead", "owner", "pageSize", "tenant", "until"], dueParameters.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("date", dueParameters["until"].GetProperty("format").GetString());
        Assert.Equal("integer", dueParameters["lookAhead"].GetProperty("type").GetString());
        var duePage = Resolve(document, due.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema"));
        Assert.True(duePage.GetProperty("properties").TryGetProperty("next", out _));
    }

    private static JsonElement Resolve(JsonElement document, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!["#/components/schemas/".Length..])
            : schema;

    private static void Collect(JsonElement element, List<string> references)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "$ref")
                    {
                        references.Add(property.Value.GetString()!);
                    }
                    else
                    {
                        Collect(property.Value, references);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, references);
                }

                break;
        }
    }
}
