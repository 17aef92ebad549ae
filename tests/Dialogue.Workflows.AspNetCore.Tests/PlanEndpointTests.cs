using System.Net;
using System.Text.Json;

namespace Dialogue.Workflows.AspNetCore.Tests;

/// <summary>The plan endpoints on the Chánh Lộ ward chairman's 2023 plan (session 15/09/2023), "today" 21/08/2023.</summary>
public sealed class PlanEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _clerk = factory.As("clerk");
    private readonly HttpClient _chairman = factory.As("chairman");

    [Fact]
    public async Task Plan_types_list_every_registered_type_with_its_parameters()
    {
        var types = await (await _clerk.GetAsync("/api/plans/types")).JsonAsync(HttpStatusCode.OK);
        var keys = types.EnumerateArray().Select(t => t.GetProperty("key").GetString()).ToList();
        Assert.Equal(["administrative-procedure", "commune-dialogue", "district-council", "party-committee", "urban-government", "ward-chairman"], keys.Order().ToList());
        var ward = types.EnumerateArray().Single(t => t.GetProperty("key").GetString() == "ward-chairman");
        Assert.Contains(ward.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("key").GetString() == "session");
    }

    [Fact]
    public async Task Preview_ward_chairman_session_2023_09_15_puts_the_fronts_summary_on_2023_09_05_and_saves_nothing()
    {
        var preview = await (await _clerk.PostJsonAsync("/api/plans/preview", new { type = "ward-chairman", parameters = new { session = "2023-09-15" } }))
            .JsonAsync(HttpStatusCode.OK);
        var front = preview.GetProperty("timeline").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "front-summary@session-1");
        Assert.Equal("2023-09-05", front.GetProperty("due").GetString());
        var page = await (await _clerk.GetAsync("/api/plans?q=preview")).JsonAsync(HttpStatusCode.OK);
        Assert.Empty(page.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Get_ward_chairman_2027_keeping_Chanh_Lo_lists_the_provinces_superior_note_and_the_pre_reform_warning_as_its_preview_does()
    {
        var parameters = new Dictionary<string, string> { ["session"] = "2027-05-14", ["former-wards"] = "Phường Nghĩa Chánh" };
        var preview = await (await _clerk.PostJsonAsync("/api/plans/preview", new { type = "ward-chairman", parameters })).JsonAsync(HttpStatusCode.OK);
        var plan = await (await _clerk.PostJsonAsync("/api/plans", new { type = "ward-chairman", id = "reform-2027", parameters })).JsonAsync(HttpStatusCode.Created);
        var shown = await (await _clerk.GetAsync("/api/plans/reform-2027")).JsonAsync(HttpStatusCode.OK);

        foreach (var view in new[] { preview, shown })
        {
            var notes = view.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("text").GetProperty("vi").GetString()).ToList();
            Assert.Contains(notes, n => n!.StartsWith("Cơ quan cấp trên: UBND tỉnh Quảng Ngãi", StringComparison.Ordinal));
            Assert.Contains("Phường Chánh Lộ được sắp xếp từ: Phường Nghĩa Chánh.", notes);
            var warning = Assert.Single(view.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "plan.pre-reform-default");
            Assert.Equal("ward", warning.GetProperty("subject").GetString());
        }

        Assert.Equal("reform-2027", plan.GetProperty("summary").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Create_as_the_office_answers_201_with_location_etag_and_the_clerk_as_creator()
    {
        var response = await _clerk.PostJsonAsync("/api/plans", new { type = "ward-chairman", id = "create-1", parameters = new { session = "2023-09-15" } });
        var plan = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal("/api/plans/create-1", response.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag?.ToString());
        Assert.Equal("draft", plan.GetProperty("summary").GetProperty("status").GetString());
        Assert.Equal("vp-01", plan.GetProperty("createdBy").GetProperty("userId").GetString());
        Assert.Equal("office", plan.GetProperty("createdBy").GetProperty("unit").GetString());
    }

    [Fact]
    public async Task Create_refuses_bad_input_with_400()
    {
        await (await _clerk.PostJsonAsync("/api/plans", new { type = "no-such-type" })).ProblemAsync(HttpStatusCode.BadRequest, "plan.unknown-type");
        await (await _clerk.PostJsonAsync("/api/plans", new { type = "ward-chairman", parameters = new { session = "not a date" } }))
            .ProblemAsync(HttpStatusCode.BadRequest, "plan.invalid-parameter");
        await (await _clerk.PostJsonAsync("/api/plans", new { type = "ward-chairman", colour = "red" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
    }

    [Fact]
    public async Task Create_by_the_police_is_refused_403_the_office_drafts()
    {
        var problem = await (await factory.As("police").PostJsonAsync("/api/plans", new { type = "ward-chairman", id = "police-1", parameters = new { session = "2023-09-15" } }))
            .ProblemAsync(HttpStatusCode.Forbidden, "authorization.denied");
        Assert.Equal("authorization.wrong-unit", problem.GetProperty("reason").GetString());
        await (await _clerk.GetAsync("/api/plans/police-1")).ProblemAsync(HttpStatusCode.NotFound, "runtime.plan-not-found");
    }

    [Fact]
    public async Task Create_with_an_idempotency_key_twice_creates_one_plan()
    {
        var first = new HttpRequestMessage(HttpMethod.Post, "/api/plans") { Content = JsonContent(new { type = "ward-chairman", parameters = new { session = "2023-09-15" } }) };
        first.Headers.Add("Idempotency-Key", "desk-1/create-7");
        var second = new HttpRequestMessage(HttpMethod.Post, "/api/plans") { Content = JsonContent(new { type = "ward-chairman", parameters = new { session = "2023-09-15" } }) };
        second.Headers.Add("Idempotency-Key", "desk-1/create-7");
        var a = await (await _clerk.SendAsync(first)).JsonAsync(HttpStatusCode.Created);
        var b = await (await _clerk.SendAsync(second)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(a.GetProperty("summary").GetProperty("id").GetString(), b.GetProperty("summary").GetProperty("id").GetString());
        Assert.Equal(1, b.GetProperty("summary").GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Get_answers_the_plan_with_its_version_as_etag_and_404_for_an_unknown_plan()
    {
        var id = await factory.CreateChanhLoAsync("get-1");
        var response = await _clerk.GetAsync($"/api/plans/{id}");
        var plan = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("\"1\"", response.Headers.ETag?.ToString());
        Assert.Equal("session-1", plan.GetProperty("sessions")[0].GetProperty("key").GetString());
        Assert.Equal("2023-09-15", plan.GetProperty("sessions")[0].GetProperty("date").GetString());
        await (await _clerk.GetAsync("/api/plans/no-such-plan")).ProblemAsync(HttpStatusCode.NotFound, "runtime.plan-not-found");
    }

    [Fact]
    public async Task List_pages_and_filters_plans_from_the_read_model_by_page_or_by_the_next_cursor()
    {
        foreach (var n in new[] { 1, 2, 3 })
        {
            await factory.CreateChanhLoAsync($"list-{n}");
        }

        var second = await (await _clerk.GetAsync("/api/plans?type=ward-chairman&status=draft&q=list-&page=2&pageSize=2")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["list-3"], Ids(second));
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);

        // The same plans through the cursor: each page says where the next starts.
        var first = await (await _clerk.GetAsync("/api/plans?status=Draft&q=LIST-&pageSize=2")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["list-1", "list-2"], Ids(first));
        var next = first.GetProperty("next").GetString();
        var rest = await (await _clerk.GetAsync($"/api/plans?status=draft&q=list-&pageSize=2&after={next}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["list-3"], Ids(rest));
        Assert.Equal(JsonValueKind.Null, rest.GetProperty("page").ValueKind);
        Assert.Equal(JsonValueKind.Null, rest.GetProperty("next").ValueKind);

        Assert.Empty(Ids(await (await _clerk.GetAsync("/api/plans?type=party-committee&q=list-")).JsonAsync(HttpStatusCode.OK)));
        Assert.Empty(Ids(await (await _clerk.GetAsync("/api/plans?q=list-&page=9")).JsonAsync(HttpStatusCode.OK)));
    }

    [Fact]
    public async Task List_filters_by_year_and_issuer_and_shows_the_rows_counts_ward_chairman_2023_next_due_2023_08_28()
    {
        await factory.CreateChanhLoAsync("row-1");

        var page = await (await _clerk.GetAsync($"/api/plans?year=2023&issuer={Uri.EscapeDataString("UBND phường Chánh Lộ")}&q=row-")).JsonAsync(HttpStatusCode.OK);
        var row = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("row-1", row.GetProperty("id").GetString());
        Assert.Equal("draft", row.GetProperty("status").GetString());
        Assert.Equal(2023, row.GetProperty("year").GetInt32());
        Assert.Equal("UBND phường Chánh Lộ", row.GetProperty("issuer").GetString());
        Assert.True(row.GetProperty("openItems").GetInt32() > 0);
        Assert.Equal(0, row.GetProperty("overdueItems").GetInt32());
        var plan = await (await _clerk.GetAsync("/api/plans/row-1")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(plan.GetProperty("summary").GetProperty("nextDue").GetString(), row.GetProperty("nextDue").GetString());
        Assert.Equal(plan.GetProperty("summary").GetProperty("openItems").GetInt32(), row.GetProperty("openItems").GetInt32());
        Assert.Empty(Ids(await (await _clerk.GetAsync("/api/plans?year=2024&q=row-")).JsonAsync(HttpStatusCode.OK)));
        Assert.Empty(Ids(await (await _clerk.GetAsync($"/api/plans?issuer={Uri.EscapeDataString("UBND phường Trần Phú")}&q=row-")).JsonAsync(HttpStatusCode.OK)));
    }

    [Theory]
    [InlineData("page=abc")]
    [InlineData("page=0")]
    [InlineData("pageSize=1000")]
    [InlineData("pageSize=-1")]
    [InlineData("pageSize=2.5")]
    [InlineData("year=twenty")]
    [InlineData("after=xyz")]
    [InlineData("page=2&after=3")]
    [InlineData("status=open")]
    public async Task List_refuses_a_bad_paging_parameter_or_filter_with_problem_details_400(string query)
    {
        var problem = await (await _clerk.GetAsync($"/api/plans?{query}")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains(query.Split('=')[0], problem.GetProperty("message").GetProperty("en").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue_by_the_chairman_records_plan_issued_and_moves_the_etag()
    {
        var id = await factory.CreateChanhLoAsync("issue-1");
        var response = await _chairman.CommandAsync(id, "issue-plan", new { document = "45/KH-UBND" });
        var result = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("\"2\"", response.Headers.ETag?.ToString());
        Assert.Equal("issued", result.GetProperty("status").GetString());
        Assert.False(result.GetProperty("repeated").GetBoolean());
        var issued = Assert.Single(result.GetProperty("events").EnumerateArray());
        Assert.Equal("plan-issued", issued.GetProperty("type").GetString());
        Assert.Equal("ct", issued.GetProperty("by").GetProperty("userId").GetString());
        Assert.Equal("TM.", issued.GetProperty("by").GetProperty("signing").GetString());
        Assert.Equal("45/KH-UBND", issued.GetProperty("document").GetString());
    }

    [Fact]
    public async Task Issue_by_the_clerk_is_refused_403_with_who_may_act_the_state_and_what_is_permitted()
    {
        var id = await factory.CreateChanhLoAsync("issue-2");
        var problem = await (await _clerk.CommandAsync(id, "issue-plan", new { document = "45/KH-UBND" })).ProblemAsync(HttpStatusCode.Forbidden, "authorization.denied");
        Assert.Equal("authorization.wrong-unit", problem.GetProperty("reason").GetString());
        Assert.Contains("Chủ tịch UBND phường", problem.GetProperty("mayAct").GetProperty("vi")[0].GetString());
        Assert.Equal("Draft", problem.GetProperty("state").GetString());
        Assert.DoesNotContain(problem.GetProperty("permitted").EnumerateArray(), a => a.GetProperty("command").GetString() == "issue-plan");
        Assert.Contains(problem.GetProperty("permitted").EnumerateArray(), a => a.GetProperty("command").GetString() == "complete-task");
    }

    [Fact]
    public async Task A_body_cannot_name_who_acts_or_the_command_id()
    {
        var id = await factory.CreateChanhLoAsync("by-1");
        var problem = await (await _clerk.CommandAsync(id, "issue-plan", new { by = new { userId = "ct", role = "Chủ tịch", unit = "chairman" } }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("signed-in user", problem.GetProperty("detail").GetString());
        await (await _clerk.CommandAsync(id, "issue-plan", new { commandId = "x" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var history = await (await _clerk.GetAsync($"/api/plans/{id}/history")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, history.GetArrayLength());
    }

    [Fact]
    public async Task If_match_with_a_stale_version_is_412_and_records_nothing()
    {
        var id = await factory.CreateChanhLoAsync("match-1");
        var problem = await (await _chairman.CommandAsync(id, "issue-plan", new { document = "45/KH-UBND" }, ifMatch: "\"7\""))
            .ProblemAsync(HttpStatusCode.PreconditionFailed, "storage.concurrency");
        Assert.Equal(1, problem.GetProperty("currentVersion").GetInt64());
        var ok = await _chairman.CommandAsync(id, "issue-plan", new { document = "45/KH-UBND" }, ifMatch: "\"1\"");
        await ok.JsonAsync(HttpStatusCode.OK);
        await (await _chairman.CommandAsync(id, "cancel-plan", new { reason = "x" }, ifMatch: "not-a-tag")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
    }

    [Fact]
    public async Task The_same_idempotency_key_twice_returns_the_first_outcome_and_records_once()
    {
        var id = await factory.CreateChanhLoAsync("key-1");
        var first = await (await _chairman.CommandAsync(id, "issue-plan", new { document = "45/KH-UBND" }, key: "desk-2/issue")).JsonAsync(HttpStatusCode.OK);
        var again = await (await _chairman.CommandAsync(id, "issue-plan", new { document = "45/KH-UBND" }, key: "desk-2/issue")).JsonAsync(HttpStatusCode.OK);
        Assert.True(again.GetProperty("repeated").GetBoolean());
        Assert.Equal("desk-2/issue", again.GetProperty("commandId").GetString());
        Assert.Equal(first.GetProperty("events")[0].GetProperty("data").GetRawText(), again.GetProperty("events")[0].GetProperty("data").GetRawText());
        Assert.Equal(2, again.GetProperty("version").GetInt64());
        var history = await (await _clerk.GetAsync($"/api/plans/{id}/history")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, history.GetArrayLength());
    }

    [Fact]
    public async Task Issuing_twice_is_a_step_the_state_refuses_409()
    {
        var id = await factory.CreateChanhLoAsync("twice-1");
        await (await _chairman.CommandAsync(id, "issue-plan")).JsonAsync(HttpStatusCode.OK);
        var problem = await (await _chairman.CommandAsync(id, "issue-plan")).ProblemAsync(HttpStatusCode.Conflict, "runtime.invalid-transition");
        Assert.Equal("Issued", problem.GetProperty("state").GetString());
        Assert.Equal("Issue", problem.GetProperty("action").GetString());
    }

    [Fact]
    public async Task Completing_with_open_tasks_is_blocked_409_with_the_guards_reasons()
    {
        var id = await factory.CreateChanhLoAsync("blocked-1");
        await (await _chairman.CommandAsync(id, "issue-plan")).JsonAsync(HttpStatusCode.OK);
        await (await factory.As("city").CommandAsync(id, "announce-session", new { session = "session-1" })).JsonAsync(HttpStatusCode.OK);
        var problem = await (await _chairman.CommandAsync(id, "complete-plan")).ProblemAsync(HttpStatusCode.Conflict, "runtime.action-blocked");
        Assert.Contains(problem.GetProperty("blocked").EnumerateArray(), b => b.GetProperty("code").GetString() == "plan.tasks-open");
    }

    [Fact]
    public async Task A_session_rescheduled_into_the_past_breaks_a_rule_422_with_its_code()
    {
        var id = await factory.CreateChanhLoAsync("rule-1");
        await (await _chairman.CommandAsync(id, "issue-plan")).JsonAsync(HttpStatusCode.OK);
        var problem = await (await _chairman.CommandAsync(id, "reschedule-session", new { session = "session-1", newDate = "2023-08-01", reason = "bão" }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "runtime.command-rejected");
        Assert.StartsWith("session.", problem.GetProperty("rule").GetString());
        Assert.Equal(JsonValueKind.False, problem.GetProperty("allowsDeviation").ValueKind);
        Assert.Equal("session", problem.GetProperty("entity").GetString());
        Assert.Equal("Scheduled", problem.GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_command_naming_an_unknown_session_or_a_bad_value_is_400()
    {
        var id = await factory.CreateChanhLoAsync("unknown-1");
        await (await _chairman.CommandAsync(id, "issue-plan")).JsonAsync(HttpStatusCode.OK);
        await (await factory.As("city").CommandAsync(id, "announce-session", new { session = "session-9" })).ProblemAsync(HttpStatusCode.BadRequest, "runtime.entity-not-found");
        await (await _chairman.CommandAsync(id, "reschedule-session", new { session = "session-1", newDate = "15/09/2023", reason = "x" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await _chairman.CommandAsync(id, "reschedule-session", new { session = "session-1" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await _chairman.CommandAsync("no-such-plan", "issue-plan")).ProblemAsync(HttpStatusCode.NotFound, "runtime.plan-not-found");
    }

    [Fact]
    public async Task A_petition_received_by_the_office_takes_its_channel_in_kebab_case()
    {
        var id = await factory.CreateChanhLoAsync("petition-1");
        var result = await (await _clerk.CommandAsync(id, "receive-petition",
            new { subject = "Đường hẻm ngập nước", petitioner = "Nguyễn Văn A", channel = "paper" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("petition-received", result.GetProperty("events")[0].GetProperty("type").GetString());
        var plan = await (await _clerk.GetAsync($"/api/plans/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("paper", plan.GetProperty("petitions")[0].GetProperty("channel").GetString());
    }

    [Fact]
    public async Task Timeline_shows_each_deadline_with_its_summary()
    {
        var id = await factory.CreateChanhLoAsync("timeline-1");
        var timeline = await (await _clerk.GetAsync($"/api/plans/{id}/timeline")).JsonAsync(HttpStatusCode.OK);
        var front = timeline.EnumerateArray().Single(s => s.GetProperty("id").GetString() == "front-summary@session-1");
        Assert.Equal("2023-09-05", front.GetProperty("due").GetString());
        Assert.Contains("05/09/2023", front.GetProperty("deadline").GetProperty("vi").GetString());
    }

    [Fact]
    public async Task Due_on_2023_08_21_looking_twelve_working_days_ahead_lists_the_fronts_summary_in_the_plan_and_across_plans()
    {
        var id = await factory.CreateChanhLoAsync("due-1");
        var due = await (await _clerk.GetAsync($"/api/plans/{id}/due?lookAhead=12")).JsonAsync(HttpStatusCode.OK);
        var front = due.EnumerateArray().Single(d => d.GetProperty("task").GetString() == "front-summary@session-1");
        Assert.Equal("approaching", front.GetProperty("state").GetString());
        Assert.Equal("2023-09-05", front.GetProperty("due").GetString());
        var all = await (await _clerk.GetAsync("/api/plans/due?lookAhead=12")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(all.GetProperty("items").EnumerateArray(),
            d => d.GetProperty("planId").GetString() == id && d.GetProperty("task").GetString() == "front-summary@session-1" && d.GetProperty("state").GetString() == "approaching");
        await (await _clerk.GetAsync($"/api/plans/{id}/due?lookAhead=-1")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await _clerk.GetAsync($"/api/plans/{id}/due?lookAhead=soon")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
    }

    [Fact]
    public async Task Due_across_plans_until_2023_09_05_for_the_front_pages_through_every_plans_fronts_summary_with_the_next_cursor()
    {
        await factory.CreateChanhLoAsync("due-front-1");
        await factory.CreateChanhLoAsync("due-front-2");
        await factory.CreateChanhLoAsync("due-front-3");

        var seen = new List<(string Due, string Plan, string Task)>();
        string? next = null;
        do
        {
            var page = await (await _clerk.GetAsync($"/api/plans/due?until=2023-09-05&owner=front&pageSize=1{(next is null ? "" : $"&after={next}")}"))
                .JsonAsync(HttpStatusCode.OK);
            var item = Assert.Single(page.GetProperty("items").EnumerateArray());
            Assert.Equal("Ủy ban Mặt trận Tổ quốc Việt Nam, các đoàn thể phường", item.GetProperty("owner").GetString());
            seen.Add((item.GetProperty("due").GetString()!, item.GetProperty("planId").GetString()!, item.GetProperty("task").GetString()!));
            next = page.GetProperty("next").GetString();
        }
        while (next is not null);

        // Every plan's item once, in the order of due date, plan and task.
        Assert.Equal(seen.Distinct().Count(), seen.Count);
        Assert.Equal(seen.OrderBy(s => s.Due, StringComparer.Ordinal).ThenBy(s => s.Plan, StringComparer.Ordinal).ThenBy(s => s.Task, StringComparer.Ordinal), seen);
        Assert.Equal(["due-front-1", "due-front-2", "due-front-3"],
            seen.Where(s => s.Plan.StartsWith("due-front-", StringComparison.Ordinal) && s.Task == "front-summary@session-1" && s.Due == "2023-09-05").Select(s => s.Plan));
        var none = await (await _clerk.GetAsync("/api/plans/due?until=2023-09-05&owner=front&tenant=elsewhere")).JsonAsync(HttpStatusCode.OK);
        Assert.Empty(none.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("until=05/09/2023")]
    [InlineData("lookAhead=three")]
    [InlineData("lookAhead=3&until=2023-09-05")]
    [InlineData("pageSize=0")]
    [InlineData("after=not-a-cursor")]
    [InlineData("after=WyIyMDIzLTA5LTA1Il0")]
    public async Task Due_across_plans_refuses_a_bad_range_or_paging_parameter_with_problem_details_400(string query) =>
        await (await _clerk.GetAsync($"/api/plans/due?{query}")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");

    [Fact]
    public async Task Actions_are_for_the_signed_in_user_the_chairman_may_issue_the_clerk_may_not()
    {
        var id = await factory.CreateChanhLoAsync("actions-1");
        static JsonElement Issue(JsonElement actions) => actions.EnumerateArray().Single(a => a.GetProperty("command").GetString() == "issue-plan");
        var clerk = Issue(await (await _clerk.GetAsync($"/api/plans/{id}/actions")).JsonAsync(HttpStatusCode.OK));
        Assert.False(clerk.GetProperty("allowed").GetBoolean());
        Assert.Equal("authorization.wrong-unit", clerk.GetProperty("blocked")[0].GetProperty("code").GetString());
        var chairman = Issue(await (await _chairman.GetAsync($"/api/plans/{id}/actions")).JsonAsync(HttpStatusCode.OK));
        Assert.True(chairman.GetProperty("allowed").GetBoolean());
    }

    [Fact]
    public async Task Explain_says_why_the_fronts_summary_is_due_2023_09_05_and_404_for_an_unknown_task()
    {
        var id = await factory.CreateChanhLoAsync("explain-1");
        var explanation = await (await _clerk.GetAsync($"/api/plans/{id}/explain/front-summary@session-1")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("2023-09-05", explanation.GetProperty("due").GetString());
        Assert.False(string.IsNullOrWhiteSpace(explanation.GetProperty("text").GetProperty("vi").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(explanation.GetProperty("legalBasis").GetProperty("en").GetString()));
        await (await _clerk.GetAsync($"/api/plans/{id}/explain/no-such-task")).ProblemAsync(HttpStatusCode.NotFound, "runtime.entity-not-found");
    }

    [Fact]
    public async Task History_lists_every_event_with_who_acted()
    {
        var id = await factory.CreateChanhLoAsync("history-1");
        await (await _chairman.CommandAsync(id, "issue-plan", new { document = "45/KH-UBND" })).JsonAsync(HttpStatusCode.OK);
        var history = await (await _clerk.GetAsync($"/api/plans/{id}/history")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["plan-created", "plan-issued"], history.EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList());
        Assert.Equal([1L, 2L], history.EnumerateArray().Select(e => e.GetProperty("version").GetInt64()).ToList());
        Assert.Equal("2023-08-21", history[1].GetProperty("actedOn").GetString());
    }

    [Theory]
    [InlineData("calendar.ics", "text/calendar", "BEGIN:VCALENDAR")]
    [InlineData("timeline.mmd", "text/vnd.mermaid", "gantt")]
    [InlineData("states.mmd", "text/vnd.mermaid", "stateDiagram")]
    [InlineData("report.md", "text/markdown", "# ")]
    public async Task Exports_download_as_files(string format, string mediaType, string contains)
    {
        var id = await factory.CreateChanhLoAsync("export-" + format.Replace('.', '-'));
        var response = await _clerk.GetAsync($"/api/plans/{id}/exports/{format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(id, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Contains(contains, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_ics_export_holds_the_session_on_2023_09_15()
    {
        var id = await factory.CreateChanhLoAsync("export-ics-2");
        var text = await _clerk.GetStringAsync($"/api/plans/{id}/exports/calendar.ics");
        var calendar = Ical.Net.Calendar.Load(text)!;
        Assert.Contains(calendar.Events, e => e.Uid == $"{id}.session-1@dialogue-workflows" && e.DtStart!.Date == new DateOnly(2023, 9, 15));
    }

    [Fact]
    public async Task Without_a_sign_in_every_endpoint_is_401_and_a_user_without_an_id_is_403()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.As(null).GetAsync("/api/plans")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.As(null).PostJsonAsync("/api/plans", new { type = "ward-chairman" })).StatusCode);
        await (await factory.As("anonymous-token").GetAsync("/api/plans")).ProblemAsync(HttpStatusCode.Forbidden, "actor.unknown");
    }

    private static StringContent JsonContent(object body) => new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");

    private static List<string?> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString())];
}
