using System.Globalization;
using Community.Core.Demo;
using Community.Core.Members;

sealed partial class World
{
    public void Insert(Sql sql)
    {
        sql.Insert("AspNetUsers",
            ["Id", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed", "SecurityStamp", "ConcurrencyStamp",
             "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount", "DisplayName", "DisplayNameSkeleton",
             "JoinedAt", "Reputation", "Points", "PreferredCulture"],
            _names.Select((name, i) =>
            {
                var email = $"member{i + 1}@load.example";
                // No PasswordHash: generated members cannot sign in (as with the demo members).
                return new object?[]
                {
                    i + 1, email, email.ToUpperInvariant(), email, email.ToUpperInvariant(), 1, Stamp(), Stamp(),
                    0, 0, 1, 0, name, _skeletons[i], Time(_joined[i]), _reputation[i], _points[i], null,
                };
            }));
        // The roles the app's AccountBootstrapper would create, the Member role for everyone, and the brand team's.
        sql.Insert("AspNetRoles", ["Id", "Name", "NormalizedName", "ConcurrencyStamp"],
            Roles.All.Select((role, i) => new object?[] { i + 1, role, role.ToUpperInvariant(), Stamp() }));
        var brandTeamRole = Array.IndexOf(Roles.All, Roles.BrandTeam) + 1;
        sql.Insert("AspNetUserRoles", ["UserId", "RoleId"],
            _names.Select((_, i) => new object?[] { i + 1, 1 }).Concat(_brandTeam.Select(id => new object?[] { id, brandTeamRole })));

        sql.Insert("Products", ["Id", "Name", "Slug"],
            DemoCorpus.Products.Select((p, i) => new object?[] { i + 1, p.Name, p.Slug }));
        sql.Insert("Tags", ["Id", "Name", "QuestionCount"],
            _tags.Select((name, i) => new object?[] { i + 1, name, _tagCounts[i] }));

        sql.Insert("Questions",
            ["Id", "Title", "Slug", "BodyMarkdown", "BodyHtml", "BodyText", "AuthorId", "ProductId", "Score", "AnswerCount",
             "AcceptedAnswerId", "CreatedAt", "LastActivityAt", "EditedAt", "IsDeleted", "SubmissionId"],
            _questions.Select((q, i) =>
            {
                var body = QuestionPool.Bodies[q.Body];
                return new object?[]
                {
                    i + 1, q.Title, q.Slug, body.Markdown, body.Html, body.Text, q.AuthorId, q.ProductId, q.Score, q.AnswerCount,
                    q.AcceptedAnswerId, Time(q.CreatedAt), Time(q.LastActivityAt), null, 0, q.Guid,
                };
            }), batch: 20_000);
        sql.Insert("QuestionTags", ["QuestionsId", "TagsId"],
            _questions.SelectMany((q, i) => q.TagIds.Order().Select(tag => new object?[] { i + 1, tag })), batch: 200_000);
        sql.Insert("Answers",
            ["Id", "QuestionId", "AuthorId", "BodyMarkdown", "BodyHtml", "Score", "CreatedAt", "EditedAt", "IsDeleted", "SubmissionId"],
            _answers.Select((a, i) =>
            {
                var body = AnswerPool.Bodies[a.Body];
                return new object?[] { i + 1, a.Question + 1, a.AuthorId, body.Markdown, body.Html, a.Score, Time(a.CreatedAt), null, 0, a.Guid };
            }));
        sql.Insert("Comments", ["Id", "QuestionId", "AnswerId", "AuthorId", "Body", "CreatedAt", "IsDeleted"],
            _comments.Select((c, i) => new object?[] { i + 1, c.QuestionId, c.AnswerId, c.AuthorId, c.Body, Time(c.At), 0 }));
        sql.Insert("Votes", ["Id", "VoterId", "PostKind", "PostId", "Value", "CreatedAt"],
            _votes.Select((v, i) => new object?[] { i + 1, v.VoterId, (int)v.Kind, v.PostId, v.Value, Time(v.At) }), batch: 200_000);
        InsertHistory(sql);
    }

    /// <summary>EF Core's SQLite DateTime text format.</summary>
    private static string Time(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private static string Stamp() => Guid.NewGuid().ToString("D");
}
