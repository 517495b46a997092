namespace Community.Web.Realtime;

public static class HubGroups
{
    public const string QuestionList = "questions";
    public static string Question(int id) => $"question:{id}";
}
