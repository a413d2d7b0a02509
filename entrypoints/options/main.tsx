import { mountPage } from '../../components/mount';
import { BackgroundStatus } from '../../components/BackgroundStatus';

function Options() {
  return (
    <main>
      <h1>screen-pop settings</h1>
      <BackgroundStatus />
    </main>
  );
}

mountPage(<Options />);
