using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Dialogue.Workflows.AspNetCore.Tests;

internal static class Http
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {response.StatusCode}, expected {(int)expected}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Reads a problem details response and checks its status, media type and stable code.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected, string code)
    {
        var problem = await response.JsonAsync(expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("message").GetProperty("vi").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("message").GetProperty("en").GetString()));
        return problem;
    }

    public static Task<HttpResponseMessage> CommandAsync(this HttpClient client, string plan, string kind, object? body = null,
        string? ifMatch = null, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/plans/{plan}/commands/{kind}")
        {
            Content = new StringContent(body is null ? "{}" : JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body) => client.PostAsJsonAsync(path, body);

    public static IEnumerable<string> Strings(this JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!);
}
