/**
 * Runs tasks of one chat one after the other, different chats concurrently:
 * a report flow must see its answers in the order they were sent, and a
 * forward answered after its updates must not race the sender's next
 * message (channel adapters key it by chat, the dialogue by sender). Returns
 * the task's own promise; a failed task does not stop the next.
 */
export function perChatQueue(): <T>(chat: string, task: () => Promise<T>) => Promise<T> {
  const tails = new Map<string, Promise<unknown>>();
  return (chat, task) => {
    // A tail never rejects (see below), so the task follows whatever came before.
    const run = (tails.get(chat) ?? Promise.resolve()).then(() => task());
    const tail = run.catch(() => {});
    tails.set(chat, tail);
    // The last task of a chat removes the chat, so idle chats cost nothing.
    void tail.then(() => {
      if (tails.get(chat) === tail) tails.delete(chat);
    });
    return run;
  };
}
