using Community.Core.Events;

namespace Community.Core.Reputation;

/// <summary>A member's reputation (or points) moved by <see cref="Delta"/>; several moves in one commit fold into one.</summary>
public sealed record ReputationChanged(int MemberId, int Delta) : ICoalescingEvent
{
    public object CoalesceKey => MemberId;

    public IDomainEvent Merge(IDomainEvent later) => this with { Delta = Delta + ((ReputationChanged)later).Delta };
}
