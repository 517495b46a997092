namespace Community.Web.Realtime;

public static class HubGroups
{
    public const string QuestionList = "questions";
    public const string Moderators = "moderators";
    public static string Question(int id) => $"question:{id}";
    public static string Idea(int id) => $"idea:{id}";
    public static string Product(int id) => $"product:{id}";
}
