import numpy as np, gzip, time
def imgs(f):
    with gzip.open(f) as g: return np.frombuffer(g.read(),np.uint8,offset=16).reshape(-1,28,28).astype(np.float32)/255
def labs(f):
    with gzip.open(f) as g: return np.frombuffer(g.read(),np.uint8,offset=8).astype(int)
D='/work/shared/data/mnist/'
Xtr=imgs(D+'train-images-idx3-ubyte.gz'); ytr=labs(D+'train-labels-idx1-ubyte.gz')
Xte=imgs(D+'t10k-images-idx3-ubyte.gz'); yte=labs(D+'t10k-labels-idx1-ubyte.gz')
pub=Xte[:9000]
k=5; F=int(__import__('sys').argv[1]) if len(__import__('sys').argv)>1 else 16
rng=np.random.default_rng(0)
# patches from public
idx=rng.integers(0,9000,20000); ys=rng.integers(0,28-k+1,20000); xs=rng.integers(0,28-k+1,20000)
P=np.stack([pub[i,y:y+k,x:x+k].ravel() for i,y,x in zip(idx,ys,xs)])
P=P-P.mean(1,keepdims=True)
C=P.T@P/len(P); w,V=np.linalg.eigh(C); W=V[:,::-1][:,:F].T.reshape(F,k,k)
def feats(X):
    n=len(X); out=np.zeros((n,F,24,24),np.float32)
    from numpy.lib.stride_tricks import sliding_window_view
    S=sliding_window_view(X,(k,k),axis=(1,2))  # n,24,24,k,k
    S=S-S.mean(axis=(3,4),keepdims=True)
    out=np.einsum('nyxab,fab->nfyx',S,W)
    out=np.concatenate([np.maximum(out,0),np.maximum(-out,0)],1)
    out=out.reshape(n,2*F,6,4,6,4).mean(axis=(3,5))
    return out.reshape(n,-1)
t=time.time(); Ftr=feats(Xtr[:2400]); Fte=feats(Xte[9000:]); print('feat secs',time.time()-t, Ftr.shape)
mu=Ftr.mean(0); sd=Ftr.std(0)+1e-3
def lr(X,y,Xt,yt,epochs=300,l2=1e-3):
    X=(X-mu)/sd; Xt=(Xt-mu)/sd
    Wt=np.zeros((X.shape[1],10)); b=np.zeros(10); Y=np.eye(10)[y]
    for e in range(epochs):
        z=X@Wt+b; z-=z.max(1,keepdims=True); p=np.exp(z); p/=p.sum(1,keepdims=True)
        g=(p-Y)/len(X); Wt-=0.5*(X.T@g+l2*Wt); b-=0.5*g.sum(0)
    return ((Xt@Wt+b).argmax(1)==yt).mean()
accs=[lr(Ftr[i*240:(i+1)*240],ytr[:2400][i*240:(i+1)*240],Fte,yte[9000:]) for i in range(5)]
print('F',F,'teacher LR acc on 240 rows',np.mean(accs),accs)
raw=[lr(Xtr[i*240:(i+1)*240].reshape(240,-1),ytr[i*240:(i+1)*240],Xte[9000:].reshape(1000,-1),yte[9000:]) for i in range(1)]
