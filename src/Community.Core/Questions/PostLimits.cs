namespace Community.Core.Questions;

public static class PostLimits
{
    public const int TitleMin = 15;
    public const int TitleMax = 150;
    public const int BodyMin = 30;
    public const int BodyMax = 30_000;
    public const int AnswerMin = 30;
}
