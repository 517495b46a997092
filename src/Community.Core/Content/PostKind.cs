namespace Community.Core.Content;

public enum PostKind
{
    Question = 1,
    Answer = 2,
    Review = 3,
    Idea = 4,
}
