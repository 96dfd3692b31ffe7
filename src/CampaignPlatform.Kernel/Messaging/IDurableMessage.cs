using MediatR;

namespace CampaignPlatform.Kernel.Messaging;

/// <summary>
/// A cross-module message that must not be lost. A module never publishes it directly: it enqueues it on its own
/// context (<see cref="Data.ModuleDbContext.Enqueue"/>), so the message is stored in the same save as the change that
/// raised it, and the host delivers it afterwards, at least once. Every handler of one must tolerate a repeat.
/// </summary>
public interface IDurableMessage : INotification;
