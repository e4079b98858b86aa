import { useState } from 'preact/hooks';

// Shown when some answers saved on this device could not be read (backrub changed since they were
// saved, or the save was damaged): those answers were left out, and the person should check the rest.

export function SavedAnswersNotice(props: { count: number }) {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  return (
    <div class="card notice" role="status" data-testid="saved-answers-notice">
      <p>
        {props.count === 1 ? 'One answer' : 'Some answers'} saved on this device could not be read, so we left{' '}
        {props.count === 1 ? 'it' : 'them'} out. backrub may have changed since you saved them. Please check your answers
        before you rely on the results.
      </p>
      <button type="button" class="button button--secondary" onClick={() => setOpen(false)}>
        OK
      </button>
    </div>
  );
}
