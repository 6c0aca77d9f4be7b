// Generates a large valid conversation fast (for benchmarks): an INVITES_ONLY conversation
// of `n` commits, mostly text messages with some replies, reactions and edits, all signed.
import { Conversation, writeSignedCommit, type ConversationSigner } from '@skarm/conversation'

/** Creates the conversation under `conversationsDir`; returns its id and head. */
export async function generateConversation (conversationsDir: string, signer: ConversationSigner, n: number): Promise<{ id: string, head: string }> {
  const conv = await Conversation.create(conversationsDir, signer, { mode: 'INVITES_ONLY' })
  const repo = conv.repo
  let head = conv.id
  const tree = (await repo.readCommit(head)).tree
  const texts: string[] = []
  for (let i = 1; i < n; i++) {
    let message: Record<string, unknown>
    if (i % 50 === 0 && texts.length > 0) message = { type: 'application/edited-message', body: `edited ${i}`, edit: texts[texts.length - 1] }
    else if (i % 20 === 0 && texts.length > 0) message = { type: 'text/plain', body: '👍', 'react-to': texts[texts.length - 1] }
    else if (i % 7 === 0 && texts.length > 0) message = { type: 'text/plain', body: `reply ${i}`, 'reply-to': texts[texts.length - 1] }
    else message = { type: 'text/plain', body: `message number ${i} with a little text in it` }
    head = await writeSignedCommit(repo, signer, { tree, parents: [head], message: JSON.stringify(message) + '\n', timestamp: 1_700_000_000 + i })
    if (message.type === 'text/plain' && message['react-to'] === undefined) texts.push(head)
  }
  await repo.setHead(head)
  return { id: conv.id, head }
}
