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
