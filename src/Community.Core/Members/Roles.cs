namespace Community.Core.Members;

public static class Roles
{
    public const string Member = "Member";
    public const string Moderator = "Moderator";
    public const string BrandTeam = "BrandTeam";
    public const string Admin = "Admin";

    public static readonly string[] All = [Member, Moderator, BrandTeam, Admin];
    public static readonly string[] Staff = [Moderator, BrandTeam, Admin];
}
