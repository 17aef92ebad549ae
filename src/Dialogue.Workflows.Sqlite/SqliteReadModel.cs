using System.Globalization;
using System.Text;
using Dialogue.Workflows.Storage;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;

namespace Dialogue.Workflows.Sqlite;

/// <summary>The read model's statements on a session: written inside the caller's transaction, read with plain selects.</summary>
/// <remarks>Dates are ISO text (<c>yyyy-MM-dd</c>), which sorts as the dates do; instants are UTC ticks, as in the ledger.</remarks>
internal static class SqliteReadModel
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;

    /// <summary>Replaces the plan's rows and takes it off the pending list. Runs inside the caller's transaction.</summary>
    /// <remarks>
    /// Most commands change a plan's version and little else: the summary's indexed columns and the dated steps stay as they
    /// were. Those are left untouched rather than rewritten with the same values, because SQLite rewrites every index an
    /// UPDATE names, and each page changed is a page more in the log at commit.
    /// </remarks>
    public static void Write(SqliteSession session, ReadModelUpdate update)
    {
        var s = update.Summary;
        if (!UpdateUnindexed(session, s))
        {
            Upsert(session, s);
        }

        if (!SameItems(session, s.PlanId, update.Items))
        {
            var delete = session.Statement("DELETE FROM dated_items WHERE plan_id = $plan", "$plan");
            delete.Parameters[0].Value = s.PlanId;
            delete.ExecuteNonQuery();
            var insert = session.Statement(
                """
                INSERT INTO dated_items (plan_id, entity_id, kind, owner, owner_name, due, state, title, english_title, session, tenant_id, moved_from, moved_to)
                VALUES ($plan, $entity, $kind, $owner, $owner_name, $due, $state, $title, $english, $session, $tenant, $moved_from, $moved_to)
                """,
                "$plan", "$entity", "$kind", "$owner", "$owner_name", "$due", "$state", "$title", "$english", "$session", "$tenant", "$moved_from", "$moved_to");
            foreach (var item in update.Items)
            {
                var q = insert.Parameters;
                q[0].Value = item.PlanId;
                q[1].Value = item.EntityId;
                q[2].Value = item.Kind;
                q[3].Value = item.Owner;
                q[4].Value = item.OwnerName;
                q[5].Value = Iso.Format(item.Due);
                q[6].Value = item.State;
                q[7].Value = item.Title;
                q[8].Value = item.EnglishTitle;
                q[9].Value = (object?)item.Session ?? DBNull.Value;
                q[10].Value = (object?)item.TenantId ?? DBNull.Value;
                q[11].Value = item.MovedFrom is { } from ? Iso.Format(from) : DBNull.Value;
                q[12].Value = item.MovedTo is { } to ? Iso.Format(to) : DBNull.Value;
                insert.ExecuteNonQuery();
            }
        }

        var done = session.Statement("DELETE FROM read_model_pending WHERE stream_id = $plan", "$plan");
        done.Parameters[0].Value = s.PlanId;
        done.ExecuteNonQuery();
    }

    // Updates the row's other columns when its indexed ones (status, tenant, calendar, whether steps are open) keep their values; false when there is no such row.
    private static bool UpdateUnindexed(SqliteSession session, PlanSummary s)
    {
        var update = session.Statement(
            """
            UPDATE plan_summaries SET type_key = $type, type_version = $type_version, title = $title, issuer = $issuer, year = $year, version = $version,
                document = $document, created_at = $created, next_due = $next, search = $search, problem = $problem
            WHERE plan_id = $plan AND status = $status AND tenant_id IS $tenant AND calendar = $calendar AND open_items = $open
            """,
            "$plan", "$type", "$type_version", "$title", "$issuer", "$year", "$tenant", "$status", "$version", "$document", "$created", "$open", "$next",
            "$calendar", "$search", "$problem");
        Bind(update, s);
        return update.ExecuteNonQuery() == 1;
    }

    private static void Upsert(SqliteSession session, PlanSummary s)
    {
        var upsert = session.Statement(
            """
            INSERT INTO plan_summaries (plan_id, seq, type_key, type_version, title, issuer, year, tenant_id, status, version, document, created_at,
                open_items, next_due, calendar, search, problem)
            VALUES ($plan, (SELECT seq FROM streams WHERE stream_id = $plan), $type, $type_version, $title, $issuer, $year, $tenant, $status, $version, $document,
                $created, $open, $next, $calendar, $search, $problem)
            ON CONFLICT (plan_id) DO UPDATE SET type_key = excluded.type_key, type_version = excluded.type_version, title = excluded.title,
                issuer = excluded.issuer, year = excluded.year, tenant_id = excluded.tenant_id, status = excluded.status, version = excluded.version,
                document = excluded.document, created_at = excluded.created_at, open_items = excluded.open_items, next_due = excluded.next_due,
                calendar = excluded.calendar, search = excluded.search, problem = excluded.problem
            """,
            "$plan", "$type", "$type_version", "$title", "$issuer", "$year", "$tenant", "$status", "$version", "$document", "$created", "$open", "$next",
            "$calendar", "$search", "$problem");
        Bind(upsert, s);
        upsert.ExecuteNonQuery();
    }

    private static void Bind(SqliteCommand command, PlanSummary s)
    {
        var p = command.Parameters;
        p[0].Value = s.PlanId;
        p[1].Value = s.TypeKey;
        p[2].Value = s.TypeVersion;
        p[3].Value = s.Title;
        p[4].Value = s.Issuer;
        p[5].Value = s.Year;
        p[6].Value = (object?)s.TenantId ?? DBNull.Value;
        p[7].Value = s.Status;
        p[8].Value = s.Version;
        p[9].Value = (object?)s.DocumentNumber ?? DBNull.Value;
        p[10].Value = s.CreatedAt.ToUnixTimeTicks();
        p[11].Value = s.OpenItems;
        p[12].Value = s.NextDue is { } next ? Iso.Format(next) : DBNull.Value;
        p[13].Value = s.Calendar;
        p[14].Value = s.SearchText;
        p[15].Value = (object?)s.Problem ?? DBNull.Value;
    }

    // Whether the plan's stored steps are exactly these (read from pages the append's transaction has in its cache already).
    private static bool SameItems(SqliteSession session, string planId, IReadOnlyList<DatedItem> items)
    {
        var read = session.Statement(
            "SELECT entity_id, kind, owner, owner_name, due, state, title, english_title, session, tenant_id, moved_from, moved_to FROM dated_items WHERE plan_id = $plan",
            "$plan");
        read.Parameters[0].Value = planId;
        var count = 0;
        using var reader = read.ExecuteReader();
        while (reader.Read())
        {
            var entity = reader.GetString(0);
            var item = items.FirstOrDefault(i => i.EntityId == entity);
            if (item is null || item.Kind != reader.GetString(1) || item.Owner != reader.GetString(2) || item.OwnerName != reader.GetString(3)
                || Iso.Format(item.Due) != reader.GetString(4) || item.State != reader.GetString(5) || item.Title != reader.GetString(6)
                || item.EnglishTitle != reader.GetString(7) || item.Session != Text(reader, 8) || item.TenantId != Text(reader, 9)
                || (item.MovedFrom is { } from ? Iso.Format(from) : null) != Text(reader, 10) || (item.MovedTo is { } to ? Iso.Format(to) : null) != Text(reader, 11))
            {
                return false;
            }

            count++;
        }

        return count == items.Count;
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>Marks a plan appended without its rows. Runs inside the caller's transaction.</summary>
    public static void MarkPending(SqliteSession session, string streamId)
    {
        var mark = session.Statement(
            "INSERT INTO read_model_pending (seq, stream_id) SELECT seq, stream_id FROM streams WHERE stream_id = $plan ON CONFLICT DO NOTHING", "$plan");
        mark.Parameters[0].Value = streamId;
        mark.ExecuteNonQuery();
    }

    /// <summary>The stream's head version, for the check that an update is of the version stored.</summary>
    public static long Head(SqliteSession session, string streamId) => session.ReadHead(streamId);

    public static ReadModelState State(SqliteSession session)
    {
        var read = session.Statement("SELECT format, calendar, EXISTS (SELECT 1 FROM read_model_pending) FROM read_model_state WHERE id = 1");
        using var reader = read.ExecuteReader();
        return reader.Read()
            ? new ReadModelState(true, reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt64(2) != 0)
            : new ReadModelState(true, 0, null, true);
    }

    public static void MarkAllPending(SqliteSession session, int format)
    {
        session.Statement("INSERT INTO read_model_pending (seq, stream_id) SELECT seq, stream_id FROM streams WHERE true ON CONFLICT DO NOTHING").ExecuteNonQuery();
        var state = session.Statement("UPDATE read_model_state SET format = $format, calendar = NULL WHERE id = 1", "$format");
        state.Parameters[0].Value = format;
        state.ExecuteNonQuery();
    }

    public static void SetCalendar(SqliteSession session, string calendar)
    {
        var state = session.Statement("UPDATE read_model_state SET calendar = $calendar WHERE id = 1", "$calendar");
        state.Parameters[0].Value = calendar;
        state.ExecuteNonQuery();
    }

    public static List<string> Pending(SqliteSession session, int limit)
    {
        var read = session.Statement("SELECT stream_id FROM read_model_pending ORDER BY seq LIMIT $limit", "$limit");
        read.Parameters[0].Value = limit;
        return Strings(read);
    }

    public static List<string> OtherCalendar(SqliteSession session, string calendar, string? after, int limit)
    {
        var read = session.Statement(
            "SELECT plan_id FROM plan_summaries WHERE open_items > 0 AND calendar <> $calendar AND plan_id > $after ORDER BY plan_id LIMIT $limit",
            "$calendar", "$after", "$limit");
        read.Parameters[0].Value = calendar;
        read.Parameters[1].Value = after ?? string.Empty;
        read.Parameters[2].Value = limit;
        return Strings(read);
    }

    private const string SummaryColumns =
        "s.plan_id, s.type_key, s.type_version, s.title, s.issuer, s.year, s.tenant_id, s.status, s.version, s.document, s.created_at, s.open_items, " +
        "s.next_due, s.calendar, s.search, s.problem, s.seq";

    public static PlanPage Plans(SqliteSession session, PlanQuery query)
    {
        // Only the filters given become conditions, so that each combination gets a plan of its own from SQLite.
        var sql = new StringBuilder($"SELECT {SummaryColumns}, (SELECT count(*) FROM dated_items d WHERE d.plan_id = s.plan_id AND d.due < $today) FROM plan_summaries s WHERE ");
        var names = new List<string> { "$today" };
        var values = new List<object> { Iso.Format(query.Today) };
        void Where(string condition, string name, object value)
        {
            sql.Append(condition).Append(" AND ");
            names.Add(name);
            values.Add(value);
        }

        if (query.Status is { } status)
        {
            Where("s.status = $status", "$status", status);
        }
        else
        {
            sql.Append("s.status <> 'Damaged' AND ");
        }

        if (query.TypeKey is { } type)
        {
            Where("s.type_key = $type", "$type", type);
        }

        if (query.Year is { } year)
        {
            Where("s.year = $year", "$year", year);
        }

        if (query.TenantId is { } tenant)
        {
            Where("s.tenant_id = $tenant", "$tenant", tenant);
        }

        if (query.Issuer is { } issuer)
        {
            Where("s.issuer = $issuer", "$issuer", issuer);
        }

        if (!string.IsNullOrEmpty(query.Text))
        {
            Where("instr(s.search, $text) > 0", "$text", query.Text);
        }

        names.Add("$after");
        values.Add(query.After ?? 0L);
        names.Add("$limit");
        values.Add(query.Limit + 1);
        sql.Append("s.seq > $after ORDER BY s.seq LIMIT $limit");
        var read = session.Statement(sql.ToString(), [.. names]);
        for (var i = 0; i < values.Count; i++)
        {
            read.Parameters[i].Value = values[i];
        }

        var rows = new List<PlanSummary>();
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add(Summary(reader) with { OverdueItems = reader.GetInt32(17) });
            }
        }

        return rows.Count > query.Limit ? new PlanPage(rows.GetRange(0, query.Limit), rows[query.Limit - 1].Sequence) : new PlanPage(rows, null);
    }

    public static List<PlanSummary> Damaged(SqliteSession session, int limit)
    {
        var read = session.Statement($"SELECT {SummaryColumns} FROM plan_summaries s WHERE s.status = 'Damaged' ORDER BY s.seq LIMIT $limit", "$limit");
        read.Parameters[0].Value = limit;
        var rows = new List<PlanSummary>();
        using var reader = read.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(Summary(reader));
        }

        return rows;
    }

    public static List<DatedItem> Due(SqliteSession session, DueQuery query)
    {
        var sql = new StringBuilder(
            "SELECT plan_id, entity_id, kind, owner, owner_name, due, state, title, english_title, session, tenant_id, moved_from, moved_to FROM dated_items WHERE ");
        var names = new List<string>();
        var values = new List<object>();
        void Where(string condition, string name, object value)
        {
            sql.Append(condition).Append(" AND ");
            names.Add(name);
            values.Add(value);
        }

        if (query.MovedOnly)
        {
            sql.Append("moved_to IS NOT NULL AND ");
        }
        else
        {
            Where("due <= $to", "$to", Iso.Format(query.To));
            if (query.From is { } from)
            {
                Where("due >= $from", "$from", Iso.Format(from));
            }
        }

        if (query.Owner is { } owner)
        {
            Where("owner = $owner", "$owner", owner);
        }

        if (query.TenantId is { } tenant)
        {
            Where("tenant_id = $tenant", "$tenant", tenant);
        }

        if (query.PlanId is { } plan)
        {
            Where("plan_id = $plan", "$plan", plan);
        }

        if (query.After is { } after)
        {
            Where("(due, plan_id, entity_id) > ($after_due, $after_plan, $after_entity)", "$after_due", Iso.Format(after.Due));
            names.Add("$after_plan");
            values.Add(after.PlanId);
            names.Add("$after_entity");
            values.Add(after.EntityId);
        }

        names.Add("$limit");
        values.Add(query.Limit);
        sql.Append("true ORDER BY due, plan_id, entity_id LIMIT $limit");
        var read = session.Statement(sql.ToString(), [.. names]);
        for (var i = 0; i < values.Count; i++)
        {
            read.Parameters[i].Value = values[i];
        }

        var items = new List<DatedItem>();
        using var reader = read.ExecuteReader();
        while (reader.Read())
        {
            items.Add(new DatedItem(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), Date(reader.GetString(5)), reader.GetString(6))
            {
                OwnerName = reader.GetString(4),
                Title = reader.GetString(7),
                EnglishTitle = reader.GetString(8),
                Session = reader.IsDBNull(9) ? null : reader.GetString(9),
                TenantId = reader.IsDBNull(10) ? null : reader.GetString(10),
                MovedFrom = reader.IsDBNull(11) ? null : Date(reader.GetString(11)),
                MovedTo = reader.IsDBNull(12) ? null : Date(reader.GetString(12)),
            });
        }

        return items;
    }

    private static PlanSummary Summary(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4), reader.GetInt32(5),
            reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetString(7), reader.GetInt64(8))
        {
            DocumentNumber = reader.IsDBNull(9) ? null : reader.GetString(9),
            CreatedAt = Instant.FromUnixTimeTicks(reader.GetInt64(10)),
            OpenItems = reader.GetInt32(11),
            NextDue = reader.IsDBNull(12) ? null : Date(reader.GetString(12)),
            Calendar = reader.GetString(13),
            SearchText = reader.GetString(14),
            Problem = reader.IsDBNull(15) ? null : reader.GetString(15),
            Sequence = reader.GetInt64(16),
        };

    private static LocalDate Date(string text) => Iso.Parse(text).GetValueOrThrow();

    private static List<string> Strings(SqliteCommand read)
    {
        var ids = new List<string>();
        using var reader = read.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
