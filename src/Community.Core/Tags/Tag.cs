using Community.Core.Questions;

namespace Community.Core.Tags;

public class Tag
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public int QuestionCount { get; set; }
    public List<Question> Questions { get; set; } = [];
}
